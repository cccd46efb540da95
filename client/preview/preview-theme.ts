import { ColorThemeKind, workspace, window } from 'vscode';
import type { PreviewTheme } from '../../protocol/page-messages.js';

/** The Mermaid theme of the preview: the `journeyMaps.preview.theme` setting, or VS Code's theme kind. */
export function previewTheme(): PreviewTheme {
    const setting = workspace.getConfiguration('journeyMaps.preview').get<string>('theme', 'auto');
    if (setting === 'light' || setting === 'dark' || setting === 'high-contrast') {
        return setting;
    }
    switch (window.activeColorTheme.kind) {
        case ColorThemeKind.Dark: return 'dark';
        case ColorThemeKind.HighContrast:
        case ColorThemeKind.HighContrastLight: return 'high-contrast';
        default: return 'light';
    }
}
