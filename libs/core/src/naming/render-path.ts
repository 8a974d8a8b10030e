import type { TrackMetadata } from '@app/contracts';
import { ValidationError } from '../errors/index.js';
import { parseTemplate, type TemplatePart } from './parse-template.js';
import { joinSegments } from './sanitize-path.js';
import { cleanNameText } from './sanitize-segment.js';
import { joinWithoutEmptyTokens, type RenderedPiece } from './tidy-empty-tokens.js';
import { validateTemplate } from './validate-template.js';

/**
 * Where a track goes under the library root, `/`-separated: the template rendered with the track's values
 * (missing ones as "Unknown Artist", "Unknown Album", or left out with their brackets and separators),
 * folders that came out empty dropped, every name sanitised. Values never create folders.
 * Throws a ValidationError (field `template`) for a template {@link validateTemplate} rejects.
 */
export function renderPath(template: string, metadata: TrackMetadata, extension: string): string {
  const problems = validateTemplate(template);
  if (problems.length) throw new ValidationError('template', `template ${problems.join('; ')}`);
  const names = splitIntoNames(parseTemplate(template).parts).map((pieces) =>
    joinWithoutEmptyTokens(pieces.map((part) => renderPart(part, metadata))),
  );
  const fileName = names.pop() ?? '';
  return joinSegments(
    names.filter((name) => name.trim() !== ''),
    fileName,
    extension,
  );
}

function splitIntoNames(parts: TemplatePart[]): TemplatePart[][] {
  const names: TemplatePart[][] = [[]];
  for (const part of parts) {
    if (part.kind === 'token') {
      names.at(-1)?.push(part);
      continue;
    }
    part.text.split('/').forEach((text, index) => {
      if (index > 0) names.push([]);
      if (text) names.at(-1)?.push({ kind: 'text', text });
    });
  }
  return names;
}

function renderPart(part: TemplatePart, metadata: TrackMetadata): RenderedPiece {
  return part.kind === 'text'
    ? { text: part.text, fromToken: false }
    : { text: cleanNameText(part.token.render(metadata)), fromToken: true };
}
