// Runs one UI feature so that its failure stays its own: the error is logged under the feature's
// id and the rest of the viewer or overlay keeps working.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  id: string;
  children: ComponentChildren;
}

export class FeatureBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  componentDidCatch(err: unknown) {
    console.error(`[dlens] feature "${this.props.id}" failed:`, err);
    this.setState({ failed: true });
  }

  render() {
    if (this.state.failed) return <div class="dl-feature-failed" data-feature-failed={this.props.id} hidden />;
    return <>{this.props.children}</>;
  }
}
