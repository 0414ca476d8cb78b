import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { NotFoundError } from "@/lib/data/errors";
import { loadContact } from "./_lib/load-contact";

// Runs before the page streams, so a missing (or someone else's) contact answers a real 404.
export default async function ContactLayout({ children, params }: { children: ReactNode; params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  try {
    await loadContact(contactId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return children;
}
