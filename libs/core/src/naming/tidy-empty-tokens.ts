/** Rendered template text: literal text, or a token's value ('' when the track does not have it). */
export interface RenderedPiece {
  text: string;
  fromToken: boolean;
}

const LEADING_SEPARATOR = /^[\s\-–—_.,:;~]+/;
const TRAILING_SEPARATOR = /[\s\-–—_.,:;~]+$/;
const OPENING_BRACKET = /\s*[([]\s*$/;
const CLOSING_BRACKET = /^\s*[)\]]/;

/**
 * Joins one file or folder name, removing the template text that only made sense around a value that is
 * missing: `Album ()` → `Album`, `- Title` → `Title`, `Artist - ` → `Artist`, `A -  - B` → `A - B`.
 * Only template text is touched; values are kept as they are.
 */
export function joinWithoutEmptyTokens(pieces: readonly RenderedPiece[]): string {
  const out = pieces.map((piece) => ({ ...piece }));
  out.forEach((piece, index) => {
    if (!piece.fromToken || piece.text) return;
    const before = literalAt(out, index - 1);
    const after = literalAt(out, index + 1);
    if (before && after && OPENING_BRACKET.test(before.text) && CLOSING_BRACKET.test(after.text)) {
      before.text = before.text.replace(OPENING_BRACKET, '');
      after.text = after.text.replace(CLOSING_BRACKET, '');
    } else if (after && out.slice(0, index).every((p) => !p.text.trim())) {
      after.text = after.text.replace(LEADING_SEPARATOR, '');
    } else if (
      before &&
      (out.slice(index + 1).every((p) => !p.text.trim()) || LEADING_SEPARATOR.test(after?.text ?? ''))
    ) {
      before.text = before.text.replace(TRAILING_SEPARATOR, '');
    }
  });
  return out.map((piece) => piece.text).join('');
}

function literalAt(pieces: RenderedPiece[], index: number): RenderedPiece | undefined {
  const piece = pieces[index];
  return piece && !piece.fromToken ? piece : undefined;
}
