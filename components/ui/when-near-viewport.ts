// When a deferred island should load its code: as it comes within this distance of the viewport
// (so it is usually ready before the reader gets there), or at once if the reader points at it,
// touches it or tabs into it first.
export const NEAR_VIEWPORT_MARGIN_PX = 600

const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const

/** Resolves when any element matching the selector is near the viewport or in use. */
export function whenNearViewport(selector: string): Promise<void> {
  const targets = [...document.querySelectorAll(selector)]
  // Rendered on the client only (a page reached by client-side navigation): nothing to wait for.
  if (targets.length === 0 || typeof IntersectionObserver === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && done(), {
      rootMargin: `${NEAR_VIEWPORT_MARGIN_PX}px 0px`,
    })
    function done() {
      observer.disconnect()
      for (const target of targets) for (const type of INTENT_EVENTS) target.removeEventListener(type, done)
      resolve()
    }
    for (const target of targets) {
      observer.observe(target)
      for (const type of INTENT_EVENTS) target.addEventListener(type, done, { passive: true })
    }
  })
}
