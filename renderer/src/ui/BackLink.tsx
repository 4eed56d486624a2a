import { Link } from 'wouter';

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="back-link">
      <Link href={href}>← {children}</Link>
    </p>
  );
}
