/**
 * Generated from the Demo 1 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Demo 1',
  outDir: '../../.vitepress-dist',
  cacheDir: '../../node_modules/.cache/vitepress',
  head: [
    [
      'link',
      {
        rel: 'icon',
        href: 'data:,',
      },
    ],
  ],
  markdown: {
    attrs: {
      allowedAttributes: ['id'],
    },
  },
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      title: '演示协议',
      themeConfig: {
        nav: [
          {
            text: '概览',
            link: '/',
          },
          {
            text: '兼容性矩阵',
            link: '/matrix',
          },
        ],
        sidebar: [
          {
            text: '概览',
            link: '/',
          },
          {
            text: '动作',
            items: [
              {
                text: '群消息',
                link: '/categories/message.group',
              },
              {
                text: '其他',
                link: '/categories/misc',
              },
            ],
          },
          {
            text: '参考',
            items: [
              {
                text: '消息段',
                link: '/segments',
              },
              {
                text: '事件',
                link: '/events',
              },
              {
                text: '类型',
                link: '/types',
              },
              {
                text: '兼容性矩阵',
                link: '/matrix',
              },
              {
                text: '协议差异规则',
                link: '/diff-rules',
              },
            ],
          },
          {
            text: '指南',
            items: [
              {
                text: '检查一个实现',
                link: '/guides/checking-an-implementation',
              },
              {
                text: '使用 TypeScript 客户端',
                link: '/guides/using-the-client',
              },
            ],
          },
        ],
        outline: {
          label: '本页内容',
        },
        docFooter: {
          prev: '上一页',
          next: '下一页',
        },
      },
    },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      title: 'Demo protocol',
      themeConfig: {
        nav: [
          {
            text: 'Overview',
            link: '/en/',
          },
          {
            text: 'Compatibility matrix',
            link: '/en/matrix',
          },
        ],
        sidebar: [
          {
            text: 'Overview',
            link: '/en/',
          },
          {
            text: 'Actions',
            items: [
              {
                text: 'Group messages',
                link: '/en/categories/message.group',
              },
              {
                text: 'Misc',
                link: '/en/categories/misc',
              },
            ],
          },
          {
            text: 'Reference',
            items: [
              {
                text: 'Message segments',
                link: '/en/segments',
              },
              {
                text: 'Events',
                link: '/en/events',
              },
              {
                text: 'Types',
                link: '/en/types',
              },
              {
                text: 'Compatibility matrix',
                link: '/en/matrix',
              },
              {
                text: 'Protocol diff rules',
                link: '/en/diff-rules',
              },
            ],
          },
          {
            text: 'Guides',
            items: [
              {
                text: 'Checking an implementation',
                link: '/en/guides/checking-an-implementation',
              },
              {
                text: 'Using the TypeScript client',
                link: '/en/guides/using-the-client',
              },
            ],
          },
        ],
        outline: {
          label: 'On this page',
        },
        docFooter: {
          prev: 'Previous page',
          next: 'Next page',
        },
      },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: {
                buttonText: '搜索',
                buttonAriaLabel: '搜索',
              },
              modal: {
                displayDetails: '搜索',
                noResultsText: '没有找到结果',
              },
            },
          },
          en: {
            translations: {
              button: {
                buttonText: 'Search',
                buttonAriaLabel: 'Search',
              },
              modal: {
                displayDetails: 'Search',
                noResultsText: 'No results',
              },
            },
          },
        },
      },
    },
  },
});
