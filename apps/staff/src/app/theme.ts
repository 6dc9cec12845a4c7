import type { ThemeConfig } from 'antd';

/** Calm administrative blue, Vietnamese-friendly system fonts, compact enough for a laptop. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1554b0',
    colorLink: '#1554b0',
    borderRadius: 6,
    // secondary text (subtitles, dates, hints) at 4.5:1 or more on white and on the grey page (WCAG 2.1 AA);
    // Ant Design's own 45% black falls short
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif, 'Apple Color Emoji'",
  },
  components: {
    // tag texts at 4.5:1 or more on their tinted backgrounds (WCAG 2.1 AA): Ant Design writes them in the
    // 7th shade of the colour (gold 2.8:1, green and cyan 3.4:1, orange 3.3:1) or the status colour; these
    // are the 8th or 9th
    Tag: {
      cyan7: '#006d75',
      gold7: '#874d00',
      green7: '#237804',
      orange7: '#ad4e00',
      volcano7: '#ad2102',
      lime7: '#3f6600',
      yellow7: '#876800',
      colorSuccess: '#237804',
      colorWarning: '#874d00',
      colorError: '#a8071a',
      colorInfo: '#003eb3',
    },
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, siderBg: '#0f2a52' },
    Menu: {
      darkItemBg: '#0f2a52',
      darkSubMenuItemBg: '#0b2144',
      darkItemSelectedBg: '#1554b0',
    },
  },
};

/** The same without Ant Design's animations (`prefers-reduced-motion: reduce`). */
export const reducedMotionTheme: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };
