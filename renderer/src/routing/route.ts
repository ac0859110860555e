import { useEffect, useState } from 'react';

/** The screens, addressed by the URL hash so a reload returns to the same place. */
export type Route =
  | { screen: 'reports' }
  | { screen: 'settings' }
  | { screen: 'questions' }
  | { screen: 'report'; reportId: string; step: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'questions') return { screen: 'questions' };
  if (parts[0] === 'reports' && parts[1]) return { screen: 'report', reportId: parts[1], step: parts[2] ?? 'profile' };
  return { screen: 'reports' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'reports':
      return '#/reports';
    case 'settings':
      return '#/settings';
    case 'questions':
      return '#/questions';
    case 'report':
      return `#/reports/${encodeURIComponent(route.reportId)}/${encodeURIComponent(route.step)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
