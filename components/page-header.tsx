import type * as React from "react";
import Link from "next/link";

interface PageHeaderProps {
  /** The page one level up, e.g. the list this item belongs to. */
  back?: { href: string; label: string };
  title: React.ReactNode;
  intro?: React.ReactNode;
  /** Badges, actions and facts shown under the title. */
  children?: React.ReactNode;
}

/** The top of a page: the way back (for a page under a list), the title, what the page is for. */
export function PageHeader({ back, title, intro, children }: PageHeaderProps) {
  return (
    <>
      {back && (
        <Link href={back.href} className="text-sm text-primary hover:underline">
          ← {back.label}
        </Link>
      )}
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro && <p className="text-sm text-muted-foreground">{intro}</p>}
        {children}
      </header>
    </>
  );
}
