/** The state picker (Scenario tab: benefitting states, deductions, participants). */
export const statePicker = {
  'picker.chosen': '{label}: chosen states',
  'picker.type': "{label}: type a state's name or code",
  'picker.placeholder': 'Type a name or code',
  'picker.remove': 'Remove {state}',
  'picker.noMatch': 'No state matches “{query}”',
  'picker.allChosen': 'All states are chosen',
  'picker.open': 'Open the list: {label}',
} as const;
