/**
 * French typography as the Imprimerie nationale sets it and the review asked for: a no-break
 * space (U+00A0, or the narrow U+202F) before : ; ? ! and », and after «; never an ordinary
 * space there, which lets a line break leave the mark alone at the start of a line.
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const spaced = /[\u00a0\u202f]/;
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    if (character === '«' && !spaced.test(after)) problems.push(`« without a no-break space after it at ${index}`);
    if (character === '»' && !spaced.test(before)) problems.push(`» without a no-break space before it at ${index}`);
    if (';?!'.includes(character) && !spaced.test(before))
      problems.push(`${character} without a no-break space before it at ${index}`);
    // A colon between digits (10:42) or in an address (https://) is not punctuation.
    if (character === ':' && !spaced.test(before) && (after === '' || after === ' ' || spaced.test(after)))
      problems.push(`: without a no-break space before it at ${index}`);
  }
  return problems;
}
