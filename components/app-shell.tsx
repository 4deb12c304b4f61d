import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { NavLink } from "@/components/nav-link";

const NAV = [
  { href: "/plan", label: "Plan" },
  { href: "/shopping", label: "Shopping" },
  { href: "/pantry", label: "Pantry" },
  { href: "/foods", label: "Foods" },
  { href: "/recipes", label: "Recipes" },
  { href: "/profile", label: "Profile" },
];

export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-card focus:p-2"
      >
        Skip to content
      </a>
      {/* Phones: name and account on one row, the nav below it scrolls sideways. From md up: one row. */}
      <header className="border-b border-border bg-card print:hidden">
        <div className="mx-auto grid max-w-6xl grid-cols-[1fr_auto] items-center gap-x-4 px-4 pt-2 md:flex md:py-2">
          <Link href="/" className="py-1 text-lg font-semibold text-primary">
            NutriWeek
          </Link>
          <nav
            aria-label="Main"
            className="col-span-2 row-start-2 -mx-4 overflow-x-auto px-4 [mask-image:linear-gradient(to_right,#000_calc(100%-1.5rem),transparent)] [scrollbar-width:none] md:[mask-image:none] md:mx-0 md:overflow-visible md:px-0"
          >
            <ul className="flex w-max gap-1 py-1.5 md:w-auto md:py-0">
              {NAV.map((item) => (
                <li key={item.href} className="shrink-0">
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="col-start-2 row-start-1 md:ml-auto">
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="print:hidden border-t border-border px-4 py-4 text-center text-xs text-muted-foreground">
        Food values: USDA National Nutrient Database SR28. Reference intakes: NIH Office of Dietary
        Supplements. NutriWeek is not a diagnosis tool: persistent symptoms need a doctor. ·{" "}
        <Link href="/api-docs" className="underline underline-offset-2">
          API
        </Link>
      </footer>
    </div>
  );
}
