import { render } from 'preact';
import { App } from './App';
import '../../components/panel.css';
import './viewer.css';

render(<App />, document.getElementById('app')!);
