import type * as React from "react";
import { cn } from "@/lib/utils";

export interface Column<Row> {
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
  /** Figures: right-aligned, tabular, not wrapped. */
  numeric?: boolean;
  /** Added to the column's header and cells, e.g. `hidden sm:table-cell`. */
  className?: string;
}

interface DataTableProps<Row> {
  testId: string;
  /** Read by screen readers; shown only when `showCaption`. */
  caption: React.ReactNode;
  showCaption?: boolean;
  /** The first column heads each row (`<th scope="row">`). */
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Marks a row by its nutrient (`data-nutrient`), for the tests and the page's links. */
  rowNutrient?: (row: Row) => string;
}

// Headers wrap (narrow phones); figures do not.
const headerClass = (column: Pick<Column<never>, "numeric" | "className">) =>
  cn("py-1 pr-2 last:pr-0", column.numeric && "text-right", column.className);
const cellClass = (column: Pick<Column<never>, "numeric" | "className">) =>
  cn(headerClass(column), column.numeric && "whitespace-nowrap tabular-nums");

/** The app's one table of figures: memory, diary and coverage tables all read the same way. */
export function DataTable<Row>({ columns, rows, ...table }: DataTableProps<Row>) {
  const [rowHeader, ...cells] = columns;
  if (!rowHeader) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={table.testId}>
        <caption className={table.showCaption ? "text-left text-xs text-muted-foreground" : "sr-only"}>
          {table.caption}
        </caption>
        <thead>
          <tr className="border-b border-border text-left">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={headerClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Rows hold no state, so their place is key enough. */}
          {rows.map((row, index) => (
            <tr key={index} className="border-b border-border/60" data-nutrient={table.rowNutrient?.(row)}>
              <th scope="row" className={cn(headerClass(rowHeader), "text-left font-medium")}>
                {rowHeader.cell(row)}
              </th>
              {cells.map((column, index) => (
                <td key={index} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
