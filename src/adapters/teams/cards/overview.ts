// Overviews as Adaptive Cards, each written once in src/views: the welcome, the start message,
// status, a person's own home, the team and the comparison (with Teams' own chart).
import type { Lang } from '../../../domain/instrument.js';
import type { ComparisonView, HomeView, LeerlijnView, StatusView } from '../../../app/views.js';
import { homeDoc } from '../../../views/home.js';
import { comparisonDoc } from '../../../views/results.js';
import { docElements, teamsMarkup, toAdaptiveCard } from './doc.js';
import { startedDoc, statusDoc, teamBlocks, teamWarningBlocks, welcomeDoc } from '../../../views/leerlijn.js';
import { userText, type AdaptiveCard, type Element } from './common.js';

export const welcomeCard = (lang: Lang): AdaptiveCard => toAdaptiveCard(welcomeDoc(teamsMarkup([]), lang));

export const teamBlock = (lang: Lang, l: LeerlijnView): Element[] => docElements(teamBlocks(teamsMarkup(l.members), { ...l, lang }));

/** What needs care in the team (a side without anyone, people without a side): with the team, and above the coordinator's form. */
export const teamWarningLines = (lang: Lang, l: Pick<LeerlijnView, 'teamWarnings'>): Element[] => docElements(teamWarningBlocks(teamsMarkup([]), lang, l));

/** The confirmation after a start: who started it, the first meeting, and what still needs care. */
export const startedCard = (l: LeerlijnView, starterName: string, firstMeeting: string): AdaptiveCard =>
  toAdaptiveCard(startedDoc(teamsMarkup(l.members), l, userText(starterName, 100), firstMeeting));

export const statusCard = (view: StatusView): AdaptiveCard => toAdaptiveCard(statusDoc(teamsMarkup(view.leerlijn.members), view));

export const homeCard = (view: HomeView): AdaptiveCard => toAdaptiveCard(homeDoc(teamsMarkup([]), view));

/** Week 17 beside week 1, with Teams' own grouped bar chart of the two below the conclusion. */
export const comparisonCard = (view: ComparisonView): AdaptiveCard => toAdaptiveCard(comparisonDoc(teamsMarkup([]), view));
