/**
 * The built-in prompt pack: the eight sections of the source article (see ARTICLE.md), each with
 * prompts we wrote ourselves. They speak of "them" and "your ex", never of a gender, and they never
 * push anyone to make contact: during the space period they turn the user toward themselves, and
 * afterwards any thought of reconnecting is about the user's own readiness and the other person's
 * boundaries.
 *
 * Ids are stable (`builtin/<section>/<n>`): entries record the prompt they answered, so an id, once
 * shipped, must never change its meaning. Add prompts at the end of a section; never renumber.
 */
import type { Pack, Prompt, Section, SectionStage } from '../../shared/domain.ts';

export const BUILTIN_PACK_ID = 'builtin';

interface SectionDraft {
  id: string;
  title: string;
  stage: SectionStage;
  summary: string;
  prompts: string[];
}

const SECTIONS: SectionDraft[] = [
  {
    id: 'reflect',
    title: 'Take Time to Reflect on the Breakup',
    stage: 'space',
    summary:
      'Look honestly at what went wrong on both sides: a single moment or deeper problems, the patterns you both fell into, and whether you miss the person or the company.',
    prompts: [
      'Looking back, did the relationship end because of one moment, or had problems been building for a while? What makes you think so?',
      'Now that you have some distance, which patterns do you notice in how the two of you treated each other, in arguments, under stress, or on ordinary days?',
      'What part did you play in what went wrong, and what part was theirs? Try to describe both without blaming yourself or them.',
      'When you imagine being together again, is it this person you miss, or the feeling of not being alone? What tells you which it is?',
      'What did this relationship give you that you want to keep in your life, with or without them?',
      'If a close friend described this relationship to you, what would you gently point out?',
    ],
  },
  {
    id: 'space',
    title: 'Give Yourself and Them Space',
    stage: 'space',
    summary:
      'Take time apart: look after yourself with friends, family and the things you enjoy, let the other person work through their own feelings in peace, and think about what you need from a relationship.',
    prompts: [
      'What do you need most from these days apart: rest, company, distraction or quiet? How could you give yourself a little of it today?',
      'Who in your life helps you feel steady? When could you spend some time with them this week?',
      'When you feel the strongest pull toward them, what is usually happening around you or inside you? What else could meet that need?',
      'This time apart also lets them sort through their own feelings. How does it feel to allow them that?',
      'What do you want from any relationship you have from now on, and what will you no longer accept?',
      'Which hobby, place or routine did you set aside during the relationship? How could you return to it this week?',
    ],
  },
  {
    id: 'growth',
    title: 'Focus on Personal Growth',
    stage: 'space',
    summary:
      'Use the time apart to grow: new interests and skills, care for your body and mind, an honest look at your own habits, and stronger ties with the people who support you.',
    prompts: [
      'What new skill or interest have you been curious about? What small first step could you take toward it?',
      'How are you looking after your body lately, in sleep, food and movement? What is one kind thing you could do for it tomorrow?',
      'Which of your own habits or reactions would you like to handle differently in the future? What would you do instead?',
      'What are you proud of yourself for since the breakup, however small?',
      'Which friendships or family ties do you want to strengthen right now, and what could you do toward that this week?',
      'What does feeling confident look like for you? When did you last feel that way?',
    ],
  },
  {
    id: 'reconnect',
    title: 'Reconnect Slowly and Respectfully',
    stage: 'after',
    summary:
      'Only if and when you are ready: nothing rushed and no pressure, respect for the other person’s boundaries if they keep their distance, and friendship before anything else.',
    prompts: [
      'Before any thought of contact, how would you know that you are truly ready, and not just lonely or hurting?',
      'If they have been distant or quiet, what would respecting that look like for you, even when it is hard?',
      'If contact ever happened, could you accept any response, including none at all? What would help you with that?',
      'What would a friendship without pressure look like, and is it something you would genuinely want?',
      'Which boundaries of your own do you want to keep, whatever happens between you?',
      'What would you like your life to look like a month from now, whether or not the two of you are in touch?',
    ],
  },
  {
    id: 'apologize',
    title: 'Apologize and Address Past Issues',
    stage: 'after',
    summary:
      'A sincere apology owns your part without blame or excuses, says what you have learned and what you regret, and is never a tactic.',
    prompts: [
      'Which of your actions in the relationship do you regret? Describe them plainly, without excuses.',
      'What have you learned about yourself that you did not understand before the breakup?',
      'Write an apology you do not need to send: name what you did and how it may have affected them, and ask for nothing in return.',
      'How can you tell a sincere apology from one meant to change someone’s mind?',
      'Is there anything you need to forgive yourself for? What would that forgiveness sound like?',
      'Where were you tempted to explain or defend yourself? What might it feel like to simply listen instead?',
    ],
  },
  {
    id: 'patience',
    title: 'Take Things Slowly and Be Patient',
    stage: 'after',
    summary:
      'If you both choose to try again: patience, trust rebuilt through steady actions, and open, honest conversation in which listening matters as much as speaking.',
    prompts: [
      'If you both chose to try again, which small, steady actions would show that things have changed?',
      'What does trust mean to you, and how would you know it is being rebuilt rather than assumed?',
      'How do you usually react when things move more slowly than you would like? What helps you stay patient?',
      'What would honest, open conversations between you look like? What makes them hard for you?',
      'How easy is it for you to listen without planning your reply? When did you last really listen to someone?',
      'What pace feels safe for you right now, and how would you put that into words?',
    ],
  },
  {
    id: 'accept',
    title: 'Accept the Outcome, Whatever It May Be',
    stage: 'any',
    summary:
      'A relationship needs two people who both want it. If they do not, respecting their decision and moving on is its own kind of strength, and you grow either way.',
    prompts: [
      'What would it mean for you to accept whatever they decide, even if it is not what you hope for?',
      'If the relationship does not resume, what will you take with you from this experience?',
      'What helps you let go of the things you cannot control?',
      'How has this time changed you, whichever way things turn out?',
      'Write a few lines to your future self about how you hope to feel a year from now.',
      'What would respecting their choices, and your own, look like from day to day?',
    ],
  },
  {
    id: 'conclusion',
    title: 'Conclusion',
    stage: 'end',
    summary:
      'Patience, respect and self-awareness carry you through: reflect, grow, and value friendship before romance. What matters most is that both of you can be happy, together or apart.',
    prompts: [
      'Looking back over this time apart, what have patience, honesty and self-awareness taught you?',
      'What has changed in how you see yourself since the breakup?',
      'Together or apart, what would a happy and peaceful life look like for you?',
      'What are three things you want to keep doing for yourself from now on?',
      'What would you tell someone at the very start of their own time apart?',
      'What are you grateful for today, in yourself or in the people around you?',
    ],
  },
];

function toSection(draft: SectionDraft): Section {
  const prompts: Prompt[] = draft.prompts.map((text, index) => ({
    id: `${BUILTIN_PACK_ID}/${draft.id}/${index + 1}`,
    text,
  }));
  return { id: draft.id, title: draft.title, summary: draft.summary, stage: draft.stage, prompts };
}

/** The built-in pack, offered to every user beside any packs they import. */
export const BUILTIN_PACK: Pack = {
  id: BUILTIN_PACK_ID,
  title: 'After the Breakup: Reflect, Grow, Decide',
  builtIn: true,
  sections: SECTIONS.map(toSection),
};
