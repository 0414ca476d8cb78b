"use client";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";

export function PrintButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      <Icon name="printer" className="size-4" />
      Print
    </Button>
  );
}
