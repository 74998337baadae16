"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A native modal <dialog>: the rest of the page is inert while it is open (focus stays inside),
 * Escape closes it, and closing calls `onClose` so the parent can unmount it and restore focus.
 */
export function Modal({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // React's autoFocus ran while the dialog was still closed (unfocusable); focus the intended field now.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    // No cleanup: an unmounted dialog leaves the top layer with its element.
  }, []);
  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      {children(close)}
    </dialog>
  );
}
