/**
 * Generated from the OneBot 11 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'OneBot 11',
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
      title: 'OneBot 11 协议族',
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
                text: '账号相关',
                link: '/categories/account',
              },
              {
                text: '消息相关',
                link: '/categories/message',
                items: [
                  {
                    text: '发送群聊消息',
                    link: '/categories/message.group',
                  },
                  {
                    text: '发送私聊消息',
                    link: '/categories/message.private',
                  },
                ],
              },
              {
                text: '群聊相关',
                link: '/categories/group',
              },
              {
                text: '频道相关',
                link: '/categories/guild',
              },
              {
                text: '文件相关',
                link: '/categories/file',
              },
              {
                text: '密钥相关',
                link: '/categories/keys',
              },
              {
                text: '个人操作',
                link: '/categories/personal',
              },
              {
                text: '系统操作',
                link: '/categories/system',
              },
              {
                text: '其他',
                link: '/categories/other',
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
      title: 'The OneBot 11 protocol family',
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
                text: 'Account',
                link: '/en/categories/account',
              },
              {
                text: 'Messages',
                link: '/en/categories/message',
                items: [
                  {
                    text: 'Group messages',
                    link: '/en/categories/message.group',
                  },
                  {
                    text: 'Private messages',
                    link: '/en/categories/message.private',
                  },
                ],
              },
              {
                text: 'Groups',
                link: '/en/categories/group',
              },
              {
                text: 'Guilds',
                link: '/en/categories/guild',
              },
              {
                text: 'Files',
                link: '/en/categories/file',
              },
              {
                text: 'Keys and credentials',
                link: '/en/categories/keys',
              },
              {
                text: 'Personal',
                link: '/en/categories/personal',
              },
              {
                text: 'System',
                link: '/en/categories/system',
              },
              {
                text: 'Other',
                link: '/en/categories/other',
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
