/** The three kinds of release a track can belong to; each has its own naming template. */
export const NAMING_TEMPLATE_KINDS = ['album', 'single', 'compilation'] as const;
export type NamingTemplateKind = (typeof NAMING_TEMPLATE_KINDS)[number];

/** One naming template per kind, e.g. `{Album Artist}/{Album Title} ({Release Year})/{track:00} - {Track Title}`. */
export type NamingTemplatesDto = Record<NamingTemplateKind, string>;

/** A token a naming template may use, e.g. `{Album Title}`, with what it renders. */
export interface NamingTokenDto {
  token: string;
  description: string;
}

/** What `GET /api/v1/library/naming` answers. */
export interface NamingSettingsDto {
  /** The templates in effect. */
  templates: NamingTemplatesDto;
  /** `settings` when saved through the API (they win), `config` when they come from the environment. */
  source: 'settings' | 'config';
  tokens: NamingTokenDto[];
}

/** Body of `PUT /api/v1/library/naming`: the templates to change; the others keep their value. */
export type UpdateNamingRequest = Partial<NamingTemplatesDto>;

/** Body of `POST /api/v1/library/naming/preview`: templates to try; missing ones are the templates in effect. */
export interface NamingPreviewRequest {
  templates?: Partial<NamingTemplatesDto>;
}

/** One built-in sample track and where it would be stored, relative to the library root. */
export interface NamingSampleDto {
  name: string;
  kind: NamingTemplateKind;
  path: string;
}

/** What `POST /api/v1/library/naming/preview` answers. */
export interface NamingPreviewDto {
  templates: NamingTemplatesDto;
  samples: NamingSampleDto[];
}
