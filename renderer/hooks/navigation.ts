import { createContext, useContext } from 'react';
import type { Navigate, Route } from '../routes.ts';

export const NavigationContext = createContext<{ route: Route; navigate: Navigate } | null>(null);

/** The current screen and the way to another; every screen is inside the provider in app.tsx. */
export function useNavigation(): { route: Route; navigate: Navigate } {
  const value = useContext(NavigationContext);
  if (value === null) throw new Error('useNavigation is used outside the app.');
  return value;
}
