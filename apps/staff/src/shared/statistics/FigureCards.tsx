import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { StatisticCard } from './StatisticCard.tsx';

/** One card of the key figures: the figure's name, its value, and a line under it. */
export interface FigureCard {
  title: string;
  value: ReactNode;
  hint?: ReactNode;
}

/** The figures a report quotes, one card each, in a section named `label`. */
export function FigureCards({ label, cards }: { label: string; cards: FigureCard[] }) {
  return (
    <Flex gap={12} wrap component="section" aria-label={label}>
      {cards.map((card) => (
        <StatisticCard key={card.title} {...card} />
      ))}
    </Flex>
  );
}
