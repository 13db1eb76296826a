import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { TabList } from '@/components/ui/rare-islands'

interface TabProps {
  label: string
  children: ReactNode
}

/** One panel of <Tabs>; rendered by Tabs, never on its own. */
export function Tab({ children }: TabProps) {
  return <>{children}</>
}

/**
 * <Tabs><Tab label="Linux">…</Tab><Tab label="macOS">…</Tab></Tabs>
 * The panels are rendered here on the server; only the switching is client code.
 */
export function Tabs({ children }: { children: ReactNode }) {
  const tabs = Children.toArray(children).filter(
    (child): child is ReactElement<TabProps> => isValidElement(child) && typeof (child.props as TabProps).label === 'string',
  )
  return <TabList labels={tabs.map((tab) => tab.props.label)} panels={tabs.map((tab) => tab.props.children)} />
}
