// A lesson a builder links to. Warnings and explanations hold the lesson itself, imported from its
// module's file beside this one, and lessons.test.ts checks each route and #anchor against the
// compiled content.

interface LessonLink {
  /** The name it is exported under, for test output. */
  id: string
  /** Site route of the lesson page, with trailing slash. */
  route: string
  /** Heading id on that page, when one section says it best. */
  anchor?: string
  /** What the lesson explains, for link text: "Learn more about {topic}". */
  topic: string
}

declare const made: unique symbol

/**
 * Only `lesson()` makes one, and only the files beside this one call it, so a builder cannot link
 * to a lesson written on the spot that lessons.test.ts never sees.
 */
export type Lesson = LessonLink & { readonly [made]: true }

export function lesson(link: LessonLink): Lesson {
  return link as Lesson
}

/** The lesson's path on this site (without the base path), with its #anchor. */
export function lessonPath(lesson: Lesson): string {
  return lesson.anchor ? `${lesson.route}#${lesson.anchor}` : lesson.route
}
