"use client";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { quoteFromSelection, type QuoteSelection } from "@/lib/reader/dom-selection";
import { extendSelectionByKey } from "@/lib/reader/keyboard-selection";
import { focusWhenGone, focusWhenShown } from "@/lib/reader/return-focus";
import { EvidenceDialog, type StatementOption } from "./EvidenceDialog";
import { HighlightTooltip, useHighlightTooltip } from "./HighlightTooltip";
import { ReanchorDialog, type ReanchorTarget } from "./ReanchorDialog";
import { StatementDialog } from "./StatementDialog";
import { TEXT_READY_EVENT } from "@/components/sources/SourceText";

type OpenDialog =
  | { kind: "evidence" | "statement"; quote: QuoteSelection | null }
  | { kind: "reanchor"; quote: QuoteSelection | null; target: ReanchorTarget };

type ReaderApi = {
  openReanchor: (target: ReanchorTarget) => void;
  announce: (message: string) => void;
  /** A list item was acted on (a suggestion accepted): once it is gone, say `message` and focus `next`. */
  whenGone: (item: HTMLElement, next: HTMLElement | null, message: string) => void;
};
const ReaderContext = createContext<ReaderApi | null>(null);

/** For the side panel's buttons: re-anchor with the current selection, announce results. */
export function useReader(): ReaderApi {
  const api = useContext(ReaderContext);
  if (!api) throw new Error("useReader must be used inside <ReaderWorkspace>.");
  return api;
}

/** How long a #h-… target still on its way (a streamed side list) is looked for. */
const HASH_TARGET_WAIT_MS = 15_000;

/** Keeps the text selection when a toolbar button is pressed with the mouse. */
const keepSelection = (e: { preventDefault: () => void }) => e.preventDefault();

type Props = {
  sourceId: string;
  canWrite: boolean;
  /** Recorded statements of the current revision, for linking evidence to one explicitly. */
  statements?: StatementOption[];
  text: ReactNode;
  aside: ReactNode;
};

/**
 * The reader's interactive layer around the server-rendered text: turns a selection into
 * evidence or a statement, shows highlight details on hover and focus, focuses #h-… targets.
 */
export function ReaderWorkspace({ sourceId, canWrite, statements = [], text, aside }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [selected, setSelected] = useState<QuoteSelection | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [status, setStatus] = useState("");
  const tooltip = useHighlightTooltip(textRef, sourceId, text);

  const currentQuote = useCallback(
    () => (textRef.current ? quoteFromSelection(textRef.current, window.getSelection()) : null),
    [],
  );

  useEffect(() => {
    const update = () => setSelected(currentQuote());
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [currentQuote]);

  // /sources/{id}#h-{id} (from the claim page) focuses that highlight and shows its details.
  useEffect(() => {
    // The text is built in the browser after hydration (SourceText) and the side lists (where items that
    // need review are) stream in after it (ADR 0029): a target not there yet is looked for a while.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lookUntil = Date.now() + HASH_TARGET_WAIT_MS;
    const focusTarget = () => {
      clearTimeout(timer);
      if (!window.location.hash.startsWith("#h-")) return;
      const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (!target) {
        if (Date.now() < lookUntil) timer = setTimeout(focusTarget, 100);
        return;
      }
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    };
    const onHashChange = () => {
      lookUntil = Date.now() + HASH_TARGET_WAIT_MS;
      focusTarget();
    };
    focusTarget();
    const text = textRef.current;
    text?.addEventListener(TEXT_READY_EVENT, focusTarget);
    window.addEventListener("hashchange", onHashChange);
    return () => {
      clearTimeout(timer);
      text?.removeEventListener(TEXT_READY_EVENT, focusTarget);
      window.removeEventListener("hashchange", onHashChange);
    };
  }, []);

  // A toolbar button pressed with the mouse never takes focus (it keeps the selection), so the
  // button itself is passed as where the person was; the keyboard path leaves focus in the text.
  const open = useCallback(
    (next: OpenDialog, opener?: HTMLElement) => {
      const active = document.activeElement;
      returnFocus.current =
        opener ?? (active instanceof HTMLElement && active !== document.body ? active : textRef.current);
      tooltip.hide();
      setStatus("");
      setDialog(next);
    },
    [tooltip],
  );

  // After a save, focus goes to the new highlight (where the selection was) once the refreshed text
  // shows it; until then, and on cancel, back to the opener or the text.
  // The page behind an open modal dialog is inert and cannot take focus, so focusing waits until
  // the dialog has left the page (the effect below runs after that commit).
  const stopFocusing = useRef<() => void>(() => {});
  const afterClose = useRef<(() => void) | null>(null);
  const done = useCallback((message?: string, savedId?: string) => {
    if (message) {
      setStatus(message);
      window.getSelection()?.removeAllRanges();
    }
    afterClose.current = () => {
      const back = returnFocus.current?.isConnected ? returnFocus.current : textRef.current;
      back?.focus({ preventScroll: true });
      stopFocusing.current();
      if (savedId) stopFocusing.current = focusWhenShown(`h-${savedId}`, textRef.current);
    };
    setDialog(null);
  }, []);
  useEffect(() => {
    if (dialog || !afterClose.current) return;
    const focus = afterClose.current;
    afterClose.current = null;
    focus();
  }, [dialog]);
  useEffect(() => () => stopFocusing.current(), []);

  const api: ReaderApi = {
    openReanchor: (target) => open({ kind: "reanchor", target, quote: currentQuote() }),
    announce: setStatus,
    whenGone: (item, next, message) => {
      stopFocusing.current();
      stopFocusing.current = focusWhenGone(item, next, () => setStatus(message));
    },
  };

  // Chrome will not start a drag selection on a focusable element's first letter (the press focuses
  // the element and drops the selection). Highlights stay Tab stops, but not while the mouse is down.
  function onMouseDownCapture(e: MouseEvent<HTMLDivElement>) {
    const mark = e.button === 0 && e.target instanceof Element ? e.target.closest("mark[tabindex]") : null;
    if (!mark) return;
    mark.removeAttribute("tabindex");
    document.addEventListener("mouseup", () => mark.setAttribute("tabindex", "0"), { once: true });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape") return tooltip.hide();
    if (textRef.current && extendSelectionByKey(textRef.current, e)) return e.preventDefault();
    if (!canWrite || e.altKey || e.ctrlKey || e.metaKey) return;
    // Single-key shortcuts only while the text has focus (WCAG 2.1.4).
    if (e.key === "e" || e.key === "s") {
      e.preventDefault();
      open({ kind: e.key === "e" ? "evidence" : "statement", quote: currentQuote() });
    }
  }

  return (
    <ReaderContext.Provider value={api}>
      <div className="reader-layout">
        <div className="reader-main">
          {canWrite && (
            <div className="reader-toolbar" role="group" aria-label="Annotate the selected words">
              <div className="reader-toolbar-row">
                <button
                  type="button"
                  className="primary"
                  onMouseDown={keepSelection}
                  onClick={(e) => open({ kind: "evidence", quote: currentQuote() }, e.currentTarget)}
                  aria-keyshortcuts="E"
                >
                  Add evidence
                </button>
                <button
                  type="button"
                  className="secondary"
                  onMouseDown={keepSelection}
                  onClick={(e) => open({ kind: "statement", quote: currentQuote() }, e.currentTarget)}
                  aria-keyshortcuts="S"
                >
                  Record statement
                </button>
                <span className="small muted toolbar-status" data-testid="selection-status">
                  {selected ? `${selected.exact.length.toLocaleString("en")} characters selected` : "Nothing selected"}
                </span>
              </div>
              <p className="small muted reader-hint" data-testid="reader-hint">
                Select words with the mouse or Shift+arrow keys, then press <kbd>E</kbd> to add evidence or <kbd>S</kbd>{" "}
                to record a statement.
              </p>
              {status && (
                <p className="small toolbar-done" data-testid="reader-status">
                  {status}
                </p>
              )}
            </div>
          )}
          <p className="visually-hidden" role="status" aria-live="polite">
            {status}
          </p>
          <div
            ref={textRef}
            className="reader-focus"
            tabIndex={0}
            role="region"
            aria-label="Source text"
            onKeyDown={onKeyDown}
            onMouseDownCapture={onMouseDownCapture}
            {...tooltip.handlers}
          >
            {text}
          </div>
          <HighlightTooltip tooltip={tooltip} />
        </div>
        <aside className="reader-aside">{aside}</aside>
      </div>
      {dialog?.kind === "evidence" && (
        <EvidenceDialog sourceId={sourceId} quote={dialog.quote} statements={statements} onDone={done} />
      )}
      {dialog?.kind === "statement" && <StatementDialog sourceId={sourceId} quote={dialog.quote} onDone={done} />}
      {dialog?.kind === "reanchor" && <ReanchorDialog target={dialog.target} quote={dialog.quote} onDone={done} />}
    </ReaderContext.Provider>
  );
}
