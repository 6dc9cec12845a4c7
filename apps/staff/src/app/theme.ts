import type { ThemeConfig } from 'antd';

/** Calm administrative blue, Vietnamese-friendly system fonts, compact enough for a laptop. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1554b0',
    colorLink: '#1554b0',
    borderRadius: 6,
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
