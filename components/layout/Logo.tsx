/** The guide's mark: a stack of container boxes. Decorative; the site name sits beside it. */
export function Logo() {
  return (
    <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
      <rect x="2" y="16" width="8" height="7" rx="1.5" fill="var(--accent)" />
      <rect x="12" y="16" width="8" height="7" rx="1.5" fill="var(--accent)" />
      <rect x="22" y="16" width="8" height="7" rx="1.5" fill="var(--accent)" />
      <rect x="7" y="7" width="8" height="7" rx="1.5" fill="var(--accent)" opacity="0.75" />
      <rect x="17" y="7" width="8" height="7" rx="1.5" fill="var(--accent)" opacity="0.75" />
      <path d="M1 26h30" stroke="var(--fg-muted)" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
