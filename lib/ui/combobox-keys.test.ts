import { describe, expect, it } from "vitest";
import { comboboxKeyAction, type ComboboxKeyState } from "./combobox-keys";

const press = (key: string, state: Partial<ComboboxKeyState> = {}) =>
  comboboxKeyAction({ key, open: true, active: -1, count: 3, ...state });

describe("comboboxKeyAction: arrows", () => {
  it("moves down and up through the options, wrapping at both ends", () => {
    expect(press("ArrowDown", { active: 0 })).toEqual({ type: "move", active: 1 });
    expect(press("ArrowDown", { active: 2 })).toEqual({ type: "move", active: 0 });
    expect(press("ArrowUp", { active: 1 })).toEqual({ type: "move", active: 0 });
    expect(press("ArrowUp", { active: 0 })).toEqual({ type: "move", active: 2 });
  });

  it("goes to the first option with Down and the last with Up when none is highlighted", () => {
    expect(press("ArrowDown")).toEqual({ type: "move", active: 0 });
    expect(press("ArrowUp")).toEqual({ type: "move", active: 2 });
  });

  it("opens a closed popup at the first or last option, ignoring a stale highlight", () => {
    expect(press("ArrowDown", { open: false, active: 1 })).toEqual({ type: "move", active: 0 });
    expect(press("ArrowUp", { open: false, active: 1 })).toEqual({ type: "move", active: 2 });
  });

  it("opens an empty popup with nothing highlighted", () => {
    expect(press("ArrowDown", { count: 0 })).toEqual({ type: "move", active: -1 });
    expect(press("ArrowUp", { open: false, count: 0 })).toEqual({ type: "move", active: -1 });
  });

  it("treats a highlight past the end of a shrunken list as none", () => {
    expect(press("ArrowDown", { active: 5 })).toEqual({ type: "move", active: 0 });
  });
});

describe("comboboxKeyAction: Enter", () => {
  it("chooses the highlighted option", () => {
    expect(press("Enter", { active: 1 })).toEqual({ type: "choose", index: 1 });
  });

  it("leaves Enter to the form when nothing is highlighted or the popup is closed", () => {
    expect(press("Enter")).toEqual({ type: "ignore" });
    expect(press("Enter", { open: false, active: 1 })).toEqual({ type: "ignore" });
  });

  it("runs the combobox's own Enter when it has one and nothing is highlighted", () => {
    expect(press("Enter", { enterWithoutOption: true })).toEqual({ type: "enterWithoutOption" });
    expect(press("Enter", { enterWithoutOption: true, active: 0 })).toEqual({ type: "choose", index: 0 });
  });
});

describe("comboboxKeyAction: Escape and Tab", () => {
  it("closes an open popup first, and only then reaches the dialog or the combobox's own Escape", () => {
    expect(press("Escape", { active: 1 })).toEqual({ type: "close" });
    expect(press("Escape", { open: false })).toEqual({ type: "ignore" });
    expect(press("Escape", { open: false, escapeWhenClosed: true })).toEqual({ type: "escapeWhenClosed" });
  });

  it("closes on Tab and lets focus move on", () => {
    expect(press("Tab", { active: 1 })).toEqual({ type: "close", moveOn: true });
    expect(press("Tab", { open: false })).toEqual({ type: "ignore" });
  });

  it("chooses on Tab where Tab inserts (@mentions), if an option is highlighted", () => {
    expect(press("Tab", { active: 2, tabChooses: true })).toEqual({ type: "choose", index: 2 });
    expect(press("Tab", { tabChooses: true })).toEqual({ type: "close", moveOn: true });
  });

  it("ignores other keys, so typing edits the text", () => {
    expect(press("a", { active: 1 })).toEqual({ type: "ignore" });
    expect(press("Home", { active: 1 })).toEqual({ type: "ignore" });
  });
});
