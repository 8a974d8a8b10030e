/** What an Unraid Community Applications template (Container version 2) says, read without an XML library. */
export interface UnraidTemplate {
  version: string | undefined;
  fields: Record<string, string>;
  configs: UnraidConfig[];
}

export interface UnraidConfig {
  attributes: Record<string, string>;
  value: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
}

/** Throws when the text is not well-formed enough for Unraid to read: unbalanced or stray tags, bad characters. */
export function parseUnraidTemplate(xml: string): UnraidTemplate {
  checkWellFormed(xml);
  const root = /<Container\b([^>]*)>([\s\S]*)<\/Container>/.exec(xml);
  if (!root) throw new Error('no <Container> element');
  const body = root[2]!;
  const configs = [...body.matchAll(/<Config\b([^>]*?)(?:\/>|>([^<]*)<\/Config>)/g)].map((m) => ({
    attributes: attributes(m[1]!),
    value: decode(m[2] ?? ''),
  }));
  const withoutConfigs = body.replace(/<Config\b[\s\S]*?(?:\/>|<\/Config>)/g, '');
  const fields = Object.fromEntries(
    [...withoutConfigs.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((m) => [m[1]!, decode(m[2]!)]),
  );
  return { version: attributes(root[1]!)['version'], fields, configs };
}

function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  const withoutDeclaration = xml.replace(/^<\?xml[^>]*\?>/, '');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(withoutDeclaration)) throw new Error('unescaped &');
  for (const m of withoutDeclaration.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element`);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)}> is never closed`);
}
