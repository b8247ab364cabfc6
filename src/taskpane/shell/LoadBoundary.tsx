import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface State {
  readonly failed?: Error;
}

/**
 * Around a part of the pane that loads as its own chunk: if it cannot arrive (the add-in's host
 * unreachable for a moment), that part says so and what to do; the rest of the pane keeps working.
 */
export class LoadBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(failed: Error): State {
    return { failed };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This part of the pane could not load</MessageBarTitle>
          Close the pane and open it again (Data &gt; Solidarity pool); the other tabs and the
          workbook are not affected. ({this.state.failed.message})
        </MessageBarBody>
      </MessageBar>
    );
  }
}
