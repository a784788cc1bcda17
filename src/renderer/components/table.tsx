import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/** Dense tables with 32 px rows; numeric columns align right in tabular figures. */
export function Table({ children, label, className }: { children: ReactNode; label: string; className?: string }) {
  return (
    <div className="table-wrap">
      <table className={['table', className].filter(Boolean).join(' ')} aria-label={label}>
        {children}
      </table>
    </div>
  );
}

export function Th({ numeric, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th scope="col" {...rest} className={[numeric ? 'num cell-num' : '', className].filter(Boolean).join(' ')} />;
}

export function Td({ numeric, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td {...rest} className={[numeric ? 'num cell-num' : '', className].filter(Boolean).join(' ')} />;
}

export function Tr({ selected, className, ...rest }: HTMLAttributes<HTMLTableRowElement> & { selected?: boolean }) {
  return (
    <tr
      {...rest}
      className={[selected ? 'row-selected' : '', className].filter(Boolean).join(' ')}
      aria-current={selected ? 'true' : undefined}
    />
  );
}
