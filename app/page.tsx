import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function HomePage() {
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Eat for magnesium, calcium, vitamin D and B12</h1>
      <p>
        Eyelid twitching, cramps or tingling are often linked to low magnesium, calcium (with the vitamin D
        needed to absorb it) or vitamin B12. NutriWeek shows which everyday foods and recipes supply them,
        with real USDA figures.
      </p>
      <p className="text-sm text-muted-foreground">
        This is not a diagnosis. Twitches often pass on their own; persistent or worsening symptoms need a
        doctor, who can test your magnesium, calcium and B12 levels.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/foods?sort=magnesiumMg">Browse foods</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/recipes">Browse recipes</Link>
        </Button>
      </div>
    </section>
  );
}
