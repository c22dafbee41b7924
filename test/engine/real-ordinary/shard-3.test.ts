import { checkShard } from './pages';

checkShard(2);
