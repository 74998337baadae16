import { inbox } from "./my-work";

export const { help, run } = inbox;
