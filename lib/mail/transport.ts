// Optional e-mail: only when CLAIMDESK_SMTP_URL names an SMTP server (smtp://user:pass@host:port or
// smtps://…). Without it notifications stay in the in-app inbox and nothing is queued for mail.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

let cached: { url: string; transport: Transporter } | null = null;

export const smtpConfigured = () => !!process.env.CLAIMDESK_SMTP_URL?.trim();

export function mailTransport(): Transporter | null {
  const url = process.env.CLAIMDESK_SMTP_URL?.trim();
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export const mailFrom = () => process.env.CLAIMDESK_MAIL_FROM?.trim() || "Claimdesk <claimdesk@localhost>";
