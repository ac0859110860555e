/** What a migration did to a draft, as a code for the renderer to put into words. */
export interface MigrationNote {
  readonly code:
    | 'schema-upgraded'
    | 'framework-changed'
    | 'feature-renamed'
    | 'features-merged'
    | 'feature-archived'
    | 'feature-added'
    | 'profile-field-renamed';
  readonly params: Readonly<Record<string, string | number>>;
}
