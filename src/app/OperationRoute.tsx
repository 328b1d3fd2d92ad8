import type { ComponentProps } from 'react';
import { OperationPage } from '../features/operation/OperationPage.tsx';

/** The operation page, in its own chunk (it sends requests; the overview does not). */
export function OperationRoute(props: ComponentProps<typeof OperationPage>) {
  return <OperationPage {...props} />;
}
