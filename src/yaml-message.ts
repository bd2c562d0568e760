// The YAML reader's message for a problem, as the line of a report: the report gives the line
// itself, so the reader's "at line 2, column 8:" (and the excerpt it introduces) is left out.
export function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? 'YAML error').replace(/ at line \d+, column \d+:?\s*$/, '').trim() || 'YAML error';
}

/** What most YAML mistakes in hand-written files come from. */
export const YAML_HINT = 'a value with ": " or " #" in it, or one starting with a quote or bracket, goes in quotes: title: "Talks: day two"';
