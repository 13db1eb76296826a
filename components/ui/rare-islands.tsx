'use client'
// Client components that only a few pages render, each as its own chunk. Every content page is one
// route ([module]/[page]), so a client component imported directly by the MDX map would be in the
// JavaScript every page loads; through next/dynamic it still renders on the server but its code
// loads only on the pages that show it.
import dynamic from 'next/dynamic'

export const QuizQuestion = dynamic(() => import('@/components/learning/QuizQuestion').then((m) => m.QuizQuestion))
export const TabList = dynamic(() => import('@/components/mdx/TabList').then((m) => m.TabList))
export const CheatSheetList = dynamic(() => import('@/components/reference/CheatSheetList').then((m) => m.CheatSheetList))
