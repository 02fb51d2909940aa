// The baseline for the size and time-to-ready figures: React 19 rendering one element.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<p id="bare-ready">Bare React</p>);
