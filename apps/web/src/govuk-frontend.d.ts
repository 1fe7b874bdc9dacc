// govuk-frontend ships JavaScript without type declarations: these cover the parts this app uses.
declare module 'govuk-frontend' {
  interface GovukComponent<Config = never> {
    readonly moduleName: string;
    new (root: Element, config?: Config): object;
  }
  export const Button: GovukComponent<{ preventDoubleClick?: boolean }>;
  export const ErrorSummary: GovukComponent<{ disableAutoFocus?: boolean }>;
  export const NotificationBanner: GovukComponent<{ disableAutoFocus?: boolean }>;
  export const ServiceNavigation: GovukComponent;
  export const SkipLink: GovukComponent;
  export function isSupported(scope?: HTMLElement | null): boolean;
}
