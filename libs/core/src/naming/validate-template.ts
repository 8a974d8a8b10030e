import { parseTemplate } from './parse-template.js';

export const MAX_TEMPLATE_LENGTH = 500;

/**
 * What is wrong with a naming template, as sentences starting with "must" or "has" (the caller puts the
 * setting's name in front); empty when it can be used.
 */
export function validateTemplate(template: string): string[] {
  if (!template.trim()) return ['must not be empty'];
  if (template.length > MAX_TEMPLATE_LENGTH) {
    return [`must be at most ${MAX_TEMPLATE_LENGTH} characters (it has ${template.length})`];
  }
  const problems = [...shapeProblems(template), ...parseTemplate(template).problems];
  if (!problems.length && !namesEachTrack(template)) {
    problems.push(
      'must contain {Track Title} in the file name (after the last /), or different tracks would get the same name',
    );
  }
  return problems;
}

function shapeProblems(template: string): string[] {
  const problems: string[] = [];
  if (/^\s*(\/|\\|[A-Za-z]:)/.test(template)) {
    problems.push('must be relative to the library root, not start with / or a drive');
  }
  if (template.includes('\\')) problems.push('must separate folders with /, not \\');
  if (/[\u0000-\u001f\u007f]/.test(template)) problems.push('must not contain control characters or line breaks');
  const segments = template.split('/').map((segment) => segment.trim());
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    problems.push('must not contain . or .. folders, which would leave or repeat a folder');
  }
  if (segments.slice(1, -1).some((segment) => segment === '')) problems.push('must not have an empty folder name (//)');
  if (segments.length > 1 && segments.at(-1) === '') problems.push('must end with a file name, not /');
  return problems;
}

function namesEachTrack(template: string): boolean {
  const fileName = template.slice(template.lastIndexOf('/') + 1);
  return parseTemplate(fileName).parts.some((part) => part.kind === 'token' && part.token.identifiesTrack);
}
