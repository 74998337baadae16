// Staff section: the signed-in header (app/desk-chrome.tsx).
export { DeskChrome as default } from "../desk-chrome";
