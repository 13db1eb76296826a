// Whether a variable's name says it holds a secret. Apart from the rules, so the Dockerfile composer
// can ask without loading the Dockerfile parser the rules need.

/** The words BuildKit's SecretsUsedInArgOrEnv looks for in a variable's name. */
const SECRET_WORDS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']

export function looksSecret(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => SECRET_WORDS.includes(word))
}
