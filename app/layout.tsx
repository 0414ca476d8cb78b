import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rapport", template: "%s · Rapport" },
  description: "A networking CRM for informational interviews.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Never zoom out past the screen's width: a phone's layout viewport stays the screen, and wide
  // regions (the pipeline's columns) scroll inside themselves. Zooming in stays allowed.
  minimumScale: 1,
  themeColor: "#3730a3",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
