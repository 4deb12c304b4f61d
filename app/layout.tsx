import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { Toaster } from "sonner";
import { AppShell } from "@/components/app-shell";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "NutriWeek", template: "%s · NutriWeek" },
  description: "Weekly meal plans that favour magnesium, calcium, vitamin D and vitamin B12.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render every page per request: Next.js puts the CSP nonce (proxy.ts) only on scripts it renders now,
  // and a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="en">
      <body>
        <AppShell>{children}</AppShell>
        <Toaster position="bottom-center" closeButton toastOptions={{ className: "print:hidden" }} />
      </body>
    </html>
  );
}
