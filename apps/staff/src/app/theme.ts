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
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, siderBg: '#0f2a52' },
    Menu: {
      darkItemBg: '#0f2a52',
      darkSubMenuItemBg: '#0b2144',
      darkItemSelectedBg: '#1554b0',
    },
  },
};
