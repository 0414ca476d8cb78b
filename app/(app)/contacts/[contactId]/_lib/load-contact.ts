import "server-only";
import { cache } from "react";
import { getContact } from "@/lib/data/contacts";

/** One read of the contact per request, shared by the layout, the title and the page. */
export const loadContact = cache((contactId: string) => getContact(contactId));
