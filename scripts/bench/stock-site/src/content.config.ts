import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.STOCK_CONTENT ?? './content' }) }),
};
