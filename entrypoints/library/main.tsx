import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import '../../components/panel.css';
import './library.css';

render(<LibraryApp />, document.getElementById('app')!);
